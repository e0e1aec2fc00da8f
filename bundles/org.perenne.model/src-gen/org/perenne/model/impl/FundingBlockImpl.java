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

import org.perenne.model.FundingBlock;
import org.perenne.model.Grant;
import org.perenne.model.Loan;
import org.perenne.model.PerennePackage;
import org.perenne.model.ReimbursementGrant;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Funding Block</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.FundingBlockImpl#getGrants <em>Grants</em>}</li>
 *   <li>{@link org.perenne.model.impl.FundingBlockImpl#getReimbursementGrants <em>Reimbursement Grants</em>}</li>
 *   <li>{@link org.perenne.model.impl.FundingBlockImpl#getLoans <em>Loans</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FundingBlockImpl extends CanvasBlockImpl implements FundingBlock {
	/**
	 * The cached value of the '{@link #getGrants() <em>Grants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrants()
	 * @generated
	 * @ordered
	 */
	protected EList<Grant> grants;

	/**
	 * The cached value of the '{@link #getReimbursementGrants() <em>Reimbursement Grants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReimbursementGrants()
	 * @generated
	 * @ordered
	 */
	protected EList<ReimbursementGrant> reimbursementGrants;

	/**
	 * The cached value of the '{@link #getLoans() <em>Loans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoans()
	 * @generated
	 * @ordered
	 */
	protected EList<Loan> loans;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FundingBlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.FUNDING_BLOCK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Grant> getGrants() {
		if (grants == null) {
			grants = new EObjectContainmentEList<Grant>(Grant.class, this, PerennePackage.FUNDING_BLOCK__GRANTS);
		}
		return grants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReimbursementGrant> getReimbursementGrants() {
		if (reimbursementGrants == null) {
			reimbursementGrants = new EObjectContainmentEList<ReimbursementGrant>(ReimbursementGrant.class, this, PerennePackage.FUNDING_BLOCK__REIMBURSEMENT_GRANTS);
		}
		return reimbursementGrants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Loan> getLoans() {
		if (loans == null) {
			loans = new EObjectContainmentEList<Loan>(Loan.class, this, PerennePackage.FUNDING_BLOCK__LOANS);
		}
		return loans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PerennePackage.FUNDING_BLOCK__GRANTS:
				return ((InternalEList<?>)getGrants()).basicRemove(otherEnd, msgs);
			case PerennePackage.FUNDING_BLOCK__REIMBURSEMENT_GRANTS:
				return ((InternalEList<?>)getReimbursementGrants()).basicRemove(otherEnd, msgs);
			case PerennePackage.FUNDING_BLOCK__LOANS:
				return ((InternalEList<?>)getLoans()).basicRemove(otherEnd, msgs);
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
			case PerennePackage.FUNDING_BLOCK__GRANTS:
				return getGrants();
			case PerennePackage.FUNDING_BLOCK__REIMBURSEMENT_GRANTS:
				return getReimbursementGrants();
			case PerennePackage.FUNDING_BLOCK__LOANS:
				return getLoans();
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
			case PerennePackage.FUNDING_BLOCK__GRANTS:
				getGrants().clear();
				getGrants().addAll((Collection<? extends Grant>)newValue);
				return;
			case PerennePackage.FUNDING_BLOCK__REIMBURSEMENT_GRANTS:
				getReimbursementGrants().clear();
				getReimbursementGrants().addAll((Collection<? extends ReimbursementGrant>)newValue);
				return;
			case PerennePackage.FUNDING_BLOCK__LOANS:
				getLoans().clear();
				getLoans().addAll((Collection<? extends Loan>)newValue);
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
			case PerennePackage.FUNDING_BLOCK__GRANTS:
				getGrants().clear();
				return;
			case PerennePackage.FUNDING_BLOCK__REIMBURSEMENT_GRANTS:
				getReimbursementGrants().clear();
				return;
			case PerennePackage.FUNDING_BLOCK__LOANS:
				getLoans().clear();
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
			case PerennePackage.FUNDING_BLOCK__GRANTS:
				return grants != null && !grants.isEmpty();
			case PerennePackage.FUNDING_BLOCK__REIMBURSEMENT_GRANTS:
				return reimbursementGrants != null && !reimbursementGrants.isEmpty();
			case PerennePackage.FUNDING_BLOCK__LOANS:
				return loans != null && !loans.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //FundingBlockImpl
