/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offers Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.OffersBlock#getMembershipTiers <em>Membership Tiers</em>}</li>
 *   <li>{@link org.perenne.model.OffersBlock#getDropIns <em>Drop Ins</em>}</li>
 *   <li>{@link org.perenne.model.OffersBlock#getRentals <em>Rentals</em>}</li>
 *   <li>{@link org.perenne.model.OffersBlock#getServices <em>Services</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getOffersBlock()
 * @model
 * @generated
 */
public interface OffersBlock extends CanvasBlock {
	/**
	 * Returns the value of the '<em><b>Membership Tiers</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.MembershipTier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Membership Tiers</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getOffersBlock_MembershipTiers()
	 * @model containment="true"
	 * @generated
	 */
	EList<MembershipTier> getMembershipTiers();

	/**
	 * Returns the value of the '<em><b>Drop Ins</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.DropIn}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drop Ins</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getOffersBlock_DropIns()
	 * @model containment="true"
	 * @generated
	 */
	EList<DropIn> getDropIns();

	/**
	 * Returns the value of the '<em><b>Rentals</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.RoomRental}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rentals</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getOffersBlock_Rentals()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoomRental> getRentals();

	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Services</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getOffersBlock_Services()
	 * @model containment="true"
	 * @generated
	 */
	EList<Service> getServices();

} // OffersBlock
