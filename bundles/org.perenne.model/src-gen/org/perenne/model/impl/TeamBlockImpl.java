/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.perenne.model.PerennePackage;
import org.perenne.model.StaffMember;
import org.perenne.model.TeamBlock;
import org.perenne.model.Volunteering;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Team Block</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.TeamBlockImpl#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.perenne.model.impl.TeamBlockImpl#getVolunteering <em>Volunteering</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TeamBlockImpl extends CanvasBlockImpl implements TeamBlock {
	/**
	 * The cached value of the '{@link #getStaff() <em>Staff</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaff()
	 * @generated
	 * @ordered
	 */
	protected EList<StaffMember> staff;

	/**
	 * The cached value of the '{@link #getVolunteering() <em>Volunteering</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolunteering()
	 * @generated
	 * @ordered
	 */
	protected EList<Volunteering> volunteering;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TeamBlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.TEAM_BLOCK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StaffMember> getStaff() {
		if (staff == null) {
			staff = new EObjectContainmentEList<StaffMember>(StaffMember.class, this, PerennePackage.TEAM_BLOCK__STAFF);
		}
		return staff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Volunteering> getVolunteering() {
		if (volunteering == null) {
			volunteering = new EObjectContainmentEList<Volunteering>(Volunteering.class, this, PerennePackage.TEAM_BLOCK__VOLUNTEERING);
		}
		return volunteering;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PerennePackage.TEAM_BLOCK__STAFF:
				return ((InternalEList<?>)getStaff()).basicRemove(otherEnd, msgs);
			case PerennePackage.TEAM_BLOCK__VOLUNTEERING:
				return ((InternalEList<?>)getVolunteering()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.TEAM_BLOCK__STAFF:
				return getStaff();
			case PerennePackage.TEAM_BLOCK__VOLUNTEERING:
				return getVolunteering();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.TEAM_BLOCK__STAFF:
				getStaff().clear();
				getStaff().addAll((Collection<? extends StaffMember>)newValue);
				return;
			case PerennePackage.TEAM_BLOCK__VOLUNTEERING:
				getVolunteering().clear();
				getVolunteering().addAll((Collection<? extends Volunteering>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PerennePackage.TEAM_BLOCK__STAFF:
				getStaff().clear();
				return;
			case PerennePackage.TEAM_BLOCK__VOLUNTEERING:
				getVolunteering().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PerennePackage.TEAM_BLOCK__STAFF:
				return staff != null && !staff.isEmpty();
			case PerennePackage.TEAM_BLOCK__VOLUNTEERING:
				return volunteering != null && !volunteering.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //TeamBlockImpl
